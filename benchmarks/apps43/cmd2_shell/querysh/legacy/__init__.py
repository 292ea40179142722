"""Pre-0.5 helpers kept for the `legacy` scripts. Do not use in new code."""
