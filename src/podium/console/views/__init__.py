"""Console views, one module per area of the console."""
