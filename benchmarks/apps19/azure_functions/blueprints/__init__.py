"""Function blueprints.  Each module exposes ``bp``; function_app.py registers them."""
