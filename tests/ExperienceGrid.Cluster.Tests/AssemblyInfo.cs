// Every test class runs a Redis and three silo processes on the box's two cores: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
