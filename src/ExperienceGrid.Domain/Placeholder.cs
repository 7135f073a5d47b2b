namespace ExperienceGrid.Domain;

public static class Placeholder;
