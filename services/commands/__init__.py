"""One module per group of `newsalert` commands; each function returns the exit code."""
