# %% [markdown]
# # 03 - Clustering help-center articles
#
# Embeds the articles (Cohere, "clustering" input type), clusters with k-means,
# and makes a small illustration per cluster for the review deck.

# %%
import base64
import sys
from pathlib import Path

sys.path.insert(0, "..")
sys.path.insert(0, "../common")

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from tqdm.auto import tqdm

import config
from clients import openai_client
from helpers import chunked, load_frame
from providers import get_embedder

# %%
articles = load_frame("helpcenter_articles")
texts = (articles["title"] + ". " + articles["body"].str.slice(0, 2000)).tolist()
len(texts)

# %%
embedder = get_embedder("cohere")
vectors = []
for batch in tqdm(list(chunked(texts, 96))):
    resp = embedder.embed(
        texts=batch,
        model=config.COHERE_EMBED_MODEL,
        input_type="clustering",
        embedding_types=["float"],
    )
    vectors.extend(resp.embeddings.float_)
X = np.asarray(vectors, dtype=np.float32)
X.shape

# %%
scores = {}
for k in range(6, 31, 4):
    km = KMeans(n_clusters=k, n_init="auto", random_state=config.SEED).fit(X)
    scores[k] = silhouette_score(X, km.labels_, sample_size=2000, random_state=0)
pd.Series(scores).plot(marker="o")

# %%
K = 14
km = KMeans(n_clusters=K, n_init="auto", random_state=config.SEED).fit(X)
articles["cluster"] = km.predict(X)
articles.groupby("cluster")["title"].apply(lambda s: s.head(5).tolist())

# %% [markdown]
# Cluster names were written by hand in the sheet; illustrations for the deck:

# %%
names = pd.read_csv(config.DATA_DIR / "cluster_names.csv").set_index("cluster")["name"].to_dict()
out_dir = Path(config.OUTPUT_DIR) / "cluster_art"
out_dir.mkdir(exist_ok=True)
for cid, name in names.items():
    img = openai_client.images.generate(
        model="gpt-image-1",
        prompt=f"Flat minimal icon, pastel palette, representing: {name}",
        size="1024x1024",
        quality="low",
    )
    (out_dir / f"{cid:02d}.png").write_bytes(base64.b64decode(img.data[0].b64_json))
