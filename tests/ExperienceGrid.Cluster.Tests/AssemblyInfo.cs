// Real PostgreSQL servers and silo processes share two cores: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
