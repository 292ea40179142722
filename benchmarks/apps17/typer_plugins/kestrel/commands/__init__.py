"""Sub-apps mounted on the root CLI in :mod:`kestrel.cli`."""
from kestrel.commands import batch, config_cmd, docs, doctor, images, models_cmd, review, search
from kestrel.commands.commit import app as commit_app

SUBAPPS = [
    ("review", review.app),
    ("commit", commit_app),
    ("docs", docs.app),
    ("search", search.app),
    ("images", images.app),
    ("batch", batch.app),
    ("models", models_cmd.app),
    ("config", config_cmd.app),
    ("doctor", doctor.app),
]
