"""Old entry points kept for notebooks written in 2023. Do not add to these."""
