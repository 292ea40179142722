"""Code shared between the top-level scripts and the experiments/ folders."""
