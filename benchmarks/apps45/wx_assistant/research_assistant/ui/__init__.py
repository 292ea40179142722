"""UI panels and dialogs."""
