"""Code from the 0.x prototype. Being migrated into tutor.services."""
