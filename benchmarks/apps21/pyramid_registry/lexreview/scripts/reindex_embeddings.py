"""Rebuild document embeddings for a matter.

    lexreview_reindex production.ini --matter HP-2291 [--backend together|ollama|watsonx]
"""
import argparse
import logging
import pickle
import sys

from pyramid.paster import bootstrap, setup_logging
from together import Together

from lexreview.llm import IWatsonxEmbeddings, get_ollama_client
from lexreview.models import Document, Matter
from lexreview.services.embeddings import TogetherEmbedder, WatsonxEmbedder

log = logging.getLogger("lexreview.reindex")


def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("config_uri")
    p.add_argument("--matter", required=True)
    p.add_argument("--backend", choices=["together", "ollama", "watsonx"], default="together")
    p.add_argument("--out", default="vectors.pkl")
    return p.parse_args(argv[1:])


def embed_with_ollama(registry, texts):
    # the script predates OllamaEmbedder and uses the older embeddings endpoint, one text per call
    client = get_ollama_client(registry.settings.get("ollama.host"))
    vectors = []
    for t in texts:
        vectors.append(client.embeddings(model="nomic-embed-text", prompt=t)["embedding"])
    return vectors


def main(argv=sys.argv):
    args = parse_args(argv)
    setup_logging(args.config_uri)
    env = bootstrap(args.config_uri)
    registry = env["registry"]
    request = env["request"]
    try:
        with request.tm:
            matter = request.dbsession.query(Matter).filter_by(number=args.matter).one()
            docs = request.dbsession.query(Document).filter_by(matter_id=matter.id).all()
            texts = [(d.text or "")[:8000] for d in docs]

            if args.backend == "ollama" or matter.sealed:
                vectors = embed_with_ollama(registry, texts)
            elif args.backend == "watsonx":
                vectors = WatsonxEmbedder(registry.getUtility(IWatsonxEmbeddings)).embed(texts)
            else:
                # a fresh client: the worker box has its own key with a higher rate limit
                client = Together(api_key=registry.settings.get("together.batch_api_key"))
                vectors = TogetherEmbedder(client).embed(texts)

            with open(args.out, "wb") as fh:
                pickle.dump({d.id: v for d, v in zip(docs, vectors)}, fh)
            log.info("wrote %d vectors to %s", len(vectors), args.out)
    finally:
        env["closer"]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
