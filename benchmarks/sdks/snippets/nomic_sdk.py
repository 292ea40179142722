"""nomic 3.9 docs: module functions of nomic.embed (remote by default)."""
from nomic import embed

output = embed.text(texts=["Nomic Embed now supports local inference!"], model="nomic-embed-text-v1.5", task_type="search_document")  # bills: nomic
images = embed.image(images=["cat.jpg"], model="nomic-embed-vision-v1.5")  # bills: nomic
