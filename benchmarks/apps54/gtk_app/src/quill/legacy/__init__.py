"""Code from the 0.x 'quill-gedit-plugin' days. Do not add to it."""
