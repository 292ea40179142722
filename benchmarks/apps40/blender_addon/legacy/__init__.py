"""Pre-0.5 helpers still used by the studio's old keymap scripts. Do not extend."""
