"""Semantic search over columns and saved snippets."""
from __future__ import annotations

import argparse
import asyncio
import math

import cmd2
from cmd2 import CommandSet, with_argparser, with_default_category

from querysh.backends import make_cohere_client


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@with_default_category("Search")
class SearchCommands(CommandSet):
    def __init__(self) -> None:
        super().__init__()
        self._co = make_cohere_client()
        self._snippet_vectors: dict[str, list[float]] = {}

    cols_parser = cmd2.Cmd2ArgumentParser(description="Find columns relevant to a question")
    cols_parser.add_argument("-n", type=int, default=5)
    cols_parser.add_argument("question", nargs="+")

    @with_argparser(cols_parser)
    def do_findcols(self, args: argparse.Namespace) -> None:
        columns = self._cmd.db.columns()
        if not columns:
            self._cmd.perror("no tables")
            return
        ranked = self._co.rerank(
            model="rerank-english-v3.0",
            query=" ".join(args.question),
            documents=columns,
            top_n=min(args.n, len(columns)),
        )
        for hit in ranked.results:
            self._cmd.poutput(f"{hit.relevance_score:.3f}  {columns[hit.index]}")

    def do_index_snippets(self, _: cmd2.Statement) -> None:
        """Embed saved snippets so `similar` can search them."""
        names = list(self._cmd.session.snippets)
        if not names:
            self._cmd.poutput("no snippets")
            return
        resp = self._co.embed(
            model="embed-english-v3.0",
            texts=[self._cmd.session.snippets[n] for n in names],
            input_type="search_document",
            embedding_types=["float"],
        )
        self._snippet_vectors = dict(zip(names, resp.embeddings.float_))
        self._cmd.poutput(f"indexed {len(names)} snippets")

    similar_parser = cmd2.Cmd2ArgumentParser(description="Snippets similar to a query (OpenAI embeddings)")
    similar_parser.add_argument("text", nargs="+")

    @with_argparser(similar_parser)
    def do_similar(self, args: argparse.Namespace) -> None:
        snippets = self._cmd.session.snippets
        if not snippets:
            self._cmd.poutput("no snippets")
            return
        vectors = asyncio.run(self._embed_openai([" ".join(args.text), *snippets.values()]))
        query, rest = vectors[0], vectors[1:]
        scored = sorted(zip(snippets, rest), key=lambda kv: _cosine(query, kv[1]), reverse=True)
        for name, vec in scored[:5]:
            self._cmd.poutput(f"{_cosine(query, vec):.3f}  {name}")

    async def _embed_openai(self, texts: list[str]) -> list[list[float]]:
        client = self._cmd.openai
        resp = await asyncio.to_thread(
            client.embeddings.create,
            model=self._cmd.settings.embed_model,
            input=texts,
        )
        return [d.embedding for d in resp.data]
