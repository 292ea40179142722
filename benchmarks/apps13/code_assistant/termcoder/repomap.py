"""Repository map: a compact outline of the most relevant symbols in the repo.

Files are ranked with PageRank over the graph of identifier definitions/references
(the same approach aider uses). With `semantic_map: true` the ranking is blended with
embedding similarity between the current chat and each file's outline.
"""

import math
import os
from collections import Counter, defaultdict, namedtuple
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

from .logging_setup import get_logger
from .providers.clients import get_ollama_client, get_openai_client
from .utils import chunked, content_hash

log = get_logger(__name__)

Tag = namedtuple("Tag", "rel_fname fname line name kind")

EMBED_MODEL_OPENAI = "text-embedding-3-small"
EMBED_MODEL_OLLAMA = "nomic-embed-text"
EMBED_BATCH = 64


class RepoMap:
    def __init__(self, root, main_model, io, map_tokens: int = 1024, semantic: bool = False):
        self.root = Path(root)
        self.main_model = main_model
        self.io = io
        self.max_map_tokens = map_tokens
        self.semantic = semantic
        self._tags_cache: Dict[str, List[Tag]] = {}
        self._mtimes: Dict[str, float] = {}
        self._embed_cache: Dict[str, List[float]] = {}
        self._local = main_model.vendor == "ollama"

    # ---- tags --------------------------------------------------------------------

    def _get_tags(self, fname: str) -> List[Tag]:
        try:
            mtime = os.path.getmtime(fname)
        except OSError:
            return []
        if self._mtimes.get(fname) == mtime and fname in self._tags_cache:
            return self._tags_cache[fname]
        tags = list(self._get_tags_raw(fname))
        self._tags_cache[fname] = tags
        self._mtimes[fname] = mtime
        return tags

    def _get_tags_raw(self, fname: str) -> Iterable[Tag]:
        from grep_ast import filename_to_lang
        from grep_ast.tsl import get_language, get_parser

        lang = filename_to_lang(fname)
        if not lang:
            return []
        parser = get_parser(lang)
        language = get_language(lang)
        code = Path(fname).read_text(encoding="utf-8", errors="replace")
        tree = parser.parse(code.encode("utf-8"))
        rel = os.path.relpath(fname, self.root)
        query_src = self._query_for(lang)
        if not query_src:
            return []
        captures = language.query(query_src).captures(tree.root_node)
        out = []
        for tag_name, nodes in captures.items():
            kind = "def" if tag_name.startswith("name.definition.") else "ref"
            for node in nodes:
                out.append(Tag(rel, fname, node.start_point[0], node.text.decode("utf-8"), kind))
        return out

    def _query_for(self, lang: str) -> Optional[str]:
        qfile = Path(__file__).parent / "queries" / f"tree-sitter-{lang}-tags.scm"
        return qfile.read_text() if qfile.exists() else None

    def collect_tags(self, fnames: List[str]) -> Dict[str, List[Tag]]:
        results: Dict[str, List[Tag]] = {}
        with ThreadPoolExecutor(max_workers=min(8, (os.cpu_count() or 2))) as pool:
            futures = {pool.submit(self._get_tags, fname): fname for fname in fnames}
            for fut in as_completed(futures):
                try:
                    results[futures[fut]] = fut.result()
                except Exception as err:
                    log.debug("tagging %s failed: %s", futures[fut], err)
        return results

    # ---- ranking -------------------------------------------------------------------

    def rank_files(self, chat_fnames: Set[str], other_fnames: List[str]) -> List[str]:
        import networkx as nx

        all_fnames = sorted(set(chat_fnames) | {str(self.root / f) for f in other_fnames})
        tags = self.collect_tags(all_fnames)
        defines = defaultdict(set)
        references = defaultdict(list)
        for fname, ftags in tags.items():
            for tag in ftags:
                if tag.kind == "def":
                    defines[tag.name].add(tag.rel_fname)
                else:
                    references[tag.name].append(tag.rel_fname)

        G = nx.MultiDiGraph()
        for ident, refs in references.items():
            for referencer, count in Counter(refs).items():
                for definer in defines.get(ident, ()):
                    weight = math.sqrt(count) * (10 if ident.startswith("_") is False else 1)
                    G.add_edge(referencer, definer, weight=weight, ident=ident)

        chat_rel = {os.path.relpath(f, self.root) for f in chat_fnames}
        personalization = {f: 1.0 for f in chat_rel if f in G} or None
        try:
            ranks = nx.pagerank(G, weight="weight", personalization=personalization)
        except ZeroDivisionError:
            ranks = {n: 1.0 for n in G}

        if self.semantic and chat_rel:
            sims = self.semantic_scores(chat_rel, list(ranks))
            ranks = {f: 0.7 * r + 0.3 * sims.get(f, 0.0) for f, r in ranks.items()}

        return [f for f, _ in sorted(ranks.items(), key=lambda kv: -kv[1]) if f not in chat_rel]

    # ---- embeddings -------------------------------------------------------------------

    def _outline(self, rel: str) -> str:
        tags = self._tags_cache.get(str(self.root / rel), [])
        names = [t.name for t in tags if t.kind == "def"]
        return rel + "\n" + " ".join(names[:200])

    def _embed_missing(self, texts: Dict[str, str]) -> None:
        missing = [(k, v) for k, v in texts.items() if content_hash(v) not in self._embed_cache]
        if not missing:
            return
        if self._local:
            client = get_ollama_client()
            for batch in chunked(missing, EMBED_BATCH):
                resp = client.embed(model=EMBED_MODEL_OLLAMA, input=[t for _, t in batch])
                for (_, text), vec in zip(batch, resp.embeddings):
                    self._embed_cache[content_hash(text)] = list(vec)
            return

        embed_client = get_openai_client()
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = {}
            for batch in chunked(missing, EMBED_BATCH):
                fut = pool.submit(
                    embed_client.embeddings.create,
                    model=EMBED_MODEL_OPENAI,
                    input=[t for _, t in batch],
                )
                futures[fut] = batch
            for fut in as_completed(futures):
                batch = futures[fut]
                resp = fut.result()
                for (_, text), item in zip(batch, resp.data):
                    self._embed_cache[content_hash(text)] = item.embedding

    def semantic_scores(self, chat_rel: Set[str], candidates: List[str]) -> Dict[str, float]:
        texts = {f: self._outline(f) for f in set(candidates) | chat_rel}
        try:
            self._embed_missing(texts)
        except Exception as err:
            log.warning("semantic map disabled for this turn: %s", err)
            return {}
        chat_vecs = [self._embed_cache[content_hash(texts[f])] for f in chat_rel]
        centroid = [sum(xs) / len(xs) for xs in zip(*chat_vecs)]
        out = {}
        for f in candidates:
            vec = self._embed_cache.get(content_hash(texts[f]))
            if vec:
                out[f] = _cosine(centroid, vec)
        return out

    # ---- rendering ---------------------------------------------------------------------

    def get_repo_map(self, chat_fnames: Set[str], other_fnames: List[str]) -> Optional[str]:
        if self.max_map_tokens <= 0 or not other_fnames:
            return None
        ranked = self.rank_files(chat_fnames, other_fnames)
        lines: List[str] = []
        for rel in ranked:
            tags = [t for t in self._tags_cache.get(str(self.root / rel), []) if t.kind == "def"]
            block = [f"{rel}:"] + [f"│ {t.name}" for t in tags[:30]]
            candidate = "\n".join(lines + block)
            if self.main_model.token_count(candidate) > self.max_map_tokens:
                break
            lines += block
        return "\n".join(lines) + "\n" if lines else None


def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0
