"""Background jobs run from the HTTP "maintenance" page and from scripts."""

import concurrent.futures
import functools
import logging

from .dj.moods import EmbeddingMoodTagger
from .llm import factory

logger = logging.getLogger(__name__)

_executor = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="aidj-job")


def tag_library(core, store, ext_config, batch_size=90):
    """Tag every local track with a mood using Cohere embeddings."""
    co = factory.make_cohere_client(ext_config)
    if co is None:
        raise RuntimeError("cohere_api_key is not configured")
    tagger = EmbeddingMoodTagger(co)
    refs = core.library.browse("local:directory?type=track").get()
    uris = [r.uri for r in refs]
    tagged = 0
    for i in range(0, len(uris), batch_size):
        tracks = [
            t[0] for t in core.library.lookup(uris=uris[i : i + batch_size]).get().values() if t
        ]
        store.save_moods(tagger.tag(tracks))
        tagged += len(tracks)
    return tagged


def embed_labels_parallel(ext_config, label_batches):
    """OpenAI embeddings for the similarity map, a few batches at a time."""
    client = factory.make_openai_client(ext_config)
    futures = [
        _executor.submit(
            client.embeddings.create,
            model="text-embedding-3-small",
            input=batch,
        )
        for batch in label_batches
    ]
    vectors = []
    for fut in futures:
        vectors.extend(d.embedding for d in fut.result().data)
    return vectors


def moderate_request(ext_config, text):
    """Listener requests shown on the party screen go through moderation."""
    client = factory.make_openai_client(ext_config)
    check = functools.partial(client.moderations.create, model="omni-moderation-latest")
    result = check(input=text)
    return not result.results[0].flagged


def submit(fn, *args, **kwargs):
    return _executor.submit(fn, *args, **kwargs)
