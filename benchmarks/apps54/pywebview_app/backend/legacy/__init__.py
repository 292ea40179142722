"""Code from the 0.x Tk version. Being migrated to backend.services; do not add to it."""
