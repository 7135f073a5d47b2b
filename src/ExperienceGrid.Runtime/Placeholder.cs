namespace ExperienceGrid.Runtime; public static class Placeholder;
