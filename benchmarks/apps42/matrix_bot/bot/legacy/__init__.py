"""Code from the 0.x bot (pre matrix-nio rewrite). Still imported by a couple of tasks."""
