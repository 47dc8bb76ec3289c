"""Console forms, one module per area of the console."""
