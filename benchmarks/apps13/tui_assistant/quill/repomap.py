"""Repository map.

Extracts definitions and references with tree-sitter (via grep_ast), ranks files
with PageRank over the reference graph personalised towards the files in the chat,
and renders the top-ranked definitions into a token budget.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
from collections import Counter, defaultdict, namedtuple
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

from quill.embeddings import cosine, get_embedder
from quill.models import clients

log = logging.getLogger(__name__)

Tag = namedtuple("Tag", "rel_fname fname line name kind")

CACHE_VERSION = 4
SEMANTIC_WEIGHT = 2.5
EMBED_CHUNK = 128


class RepoMap:
    TAGS_CACHE_DIR = f".quill.tags.cache.v{CACHE_VERSION}"

    def __init__(self, root: str, main_model, io=None, map_tokens: int = 1024, semantic: bool = False,
                 embedding_backend: str = "openai", embedding_model: Optional[str] = None, verbose: bool = False):
        self.root = root
        self.main_model = main_model
        self.io = io
        self.max_map_tokens = map_tokens
        self.semantic = semantic
        self.verbose = verbose
        self.tags_cache: Dict[str, dict] = {}
        self.summary_vectors: Dict[str, List[float]] = {}
        self.embedding_backend = embedding_backend
        self._embedder = get_embedder(embedding_backend, embedding_model) if semantic else None
        self._openai = clients.openai_client() if semantic and embedding_backend == "openai" else None

    def get_rel_fname(self, fname: str) -> str:
        try:
            return os.path.relpath(fname, self.root)
        except ValueError:
            return fname

    # ------------------------------------------------------------------ tags

    def get_mtime(self, fname: str) -> Optional[float]:
        try:
            return os.path.getmtime(fname)
        except FileNotFoundError:
            return None

    def get_tags(self, fname: str) -> List[Tag]:
        mtime = self.get_mtime(fname)
        if mtime is None:
            return []
        cached = self.tags_cache.get(fname)
        if cached and cached["mtime"] == mtime:
            return cached["data"]
        data = list(self.get_tags_raw(fname, self.get_rel_fname(fname)))
        self.tags_cache[fname] = {"mtime": mtime, "data": data}
        return data

    def get_tags_raw(self, fname: str, rel_fname: str) -> Iterable[Tag]:
        from grep_ast import filename_to_lang
        from grep_ast.tsl import get_language, get_parser

        lang = filename_to_lang(fname)
        if not lang:
            return
        try:
            language = get_language(lang)
            parser = get_parser(lang)
        except Exception as err:
            log.debug("no parser for %s: %s", fname, err)
            return
        code = Path(fname).read_text(encoding="utf-8", errors="replace")
        if not code:
            return
        tree = parser.parse(bytes(code, "utf-8"))
        query_scm = _load_query(lang)
        if not query_scm:
            return
        query = language.query(query_scm)
        for node, tag in _captures(query, tree.root_node):
            if tag.startswith("name.definition."):
                kind = "def"
            elif tag.startswith("name.reference."):
                kind = "ref"
            else:
                continue
            yield Tag(rel_fname, fname, node.start_point[0], node.text.decode("utf-8"), kind)

    # ---------------------------------------------------------------- ranking

    def _collect_tags(self, fnames: List[str]) -> Dict[str, List[Tag]]:
        with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
            futures = {fname: pool.submit(self.get_tags, fname) for fname in fnames}
            return {fname: fut.result() for fname, fut in futures.items()}

    def _file_summaries(self, tags_by_file: Dict[str, List[Tag]]) -> Dict[str, str]:
        summaries = {}
        for fname, tags in tags_by_file.items():
            defs = sorted({t.name for t in tags if t.kind == "def"})
            if defs:
                summaries[fname] = self.get_rel_fname(fname) + ": " + ", ".join(defs[:60])
        return summaries

    def _embed_summaries(self, summaries: Dict[str, str]) -> None:
        todo = {}
        for fname, text in summaries.items():
            key = hashlib.sha1(text.encode()).hexdigest()
            if key not in self.summary_vectors:
                todo[key] = text
        if not todo:
            return
        keys = list(todo)
        texts = [todo[k] for k in keys]

        if self._openai is not None:
            # the openai endpoint takes large batches, so fan out in parallel
            chunks = [texts[i : i + EMBED_CHUNK] for i in range(0, len(texts), EMBED_CHUNK)]
            with ThreadPoolExecutor(max_workers=4) as pool:
                futures = [
                    pool.submit(
                        self._openai.embeddings.create,
                        model=self._embedder.model,
                        input=chunk,
                    )
                    for chunk in chunks
                ]
                vectors = []
                for fut in futures:
                    resp = fut.result()
                    vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        else:
            vectors = self._embedder.embed(texts)

        for key, vec in zip(keys, vectors):
            self.summary_vectors[key] = vec

    def _semantic_scores(self, summaries: Dict[str, str], query: str) -> Dict[str, float]:
        self._embed_summaries(summaries)
        qvec = self._embedder.embed_one(query)
        scores = {}
        for fname, text in summaries.items():
            key = hashlib.sha1(text.encode()).hexdigest()
            vec = self.summary_vectors.get(key)
            if vec is not None:
                scores[fname] = max(0.0, cosine(qvec, vec))
        return scores

    def get_ranked_tags(self, chat_fnames: Set[str], other_fnames: Iterable[str],
                        mentioned_idents: Optional[Set[str]] = None, query: Optional[str] = None) -> List[Tag]:
        import networkx as nx

        mentioned_idents = mentioned_idents or set()
        fnames = sorted(set(chat_fnames) | set(other_fnames))
        tags_by_file = self._collect_tags(fnames)

        defines = defaultdict(set)
        references = defaultdict(list)
        definitions = defaultdict(set)
        for fname, tags in tags_by_file.items():
            rel = self.get_rel_fname(fname)
            for tag in tags:
                if tag.kind == "def":
                    defines[tag.name].add(rel)
                    definitions[(rel, tag.name)].add(tag)
                else:
                    references[tag.name].append(rel)

        personalization = {}
        base = 100 / max(len(fnames), 1)
        for fname in chat_fnames:
            personalization[self.get_rel_fname(fname)] = base

        if self.semantic and query:
            try:
                scores = self._semantic_scores(self._file_summaries(tags_by_file), query)
            except Exception as err:
                log.warning("semantic ranking disabled for this turn: %s", err)
                scores = {}
            for fname, score in scores.items():
                rel = self.get_rel_fname(fname)
                personalization[rel] = personalization.get(rel, 0) + base * SEMANTIC_WEIGHT * score

        G = nx.MultiDiGraph()
        for ident, definers in defines.items():
            mul = 10 if ident in mentioned_idents else 1
            if ident.startswith("_"):
                mul *= 0.1
            for referencer, num_refs in Counter(references.get(ident, [])).items():
                for definer in definers:
                    G.add_edge(referencer, definer, weight=mul * math.sqrt(num_refs), ident=ident)

        if not G.number_of_nodes():
            return []
        try:
            ranked = nx.pagerank(G, weight="weight", personalization=personalization or None, dangling=personalization or None)
        except ZeroDivisionError:
            return []

        ranked_defs = defaultdict(float)
        for src in G.nodes:
            src_rank = ranked[src]
            out = sum(d["weight"] for _s, _d, d in G.out_edges(src, data=True)) or 1
            for _src, dst, data in G.out_edges(src, data=True):
                ranked_defs[(dst, data["ident"])] += src_rank * data["weight"] / out

        chat_rel = {self.get_rel_fname(f) for f in chat_fnames}
        result = []
        for (rel, ident), _rank in sorted(ranked_defs.items(), key=lambda kv: kv[1], reverse=True):
            if rel in chat_rel:
                continue
            result.extend(definitions.get((rel, ident), ()))
        return result

    def get_repo_map(self, chat_files: Set[str], other_files: Iterable[str], query: Optional[str] = None) -> Optional[str]:
        if self.max_map_tokens <= 0:
            return None
        tags = self.get_ranked_tags(set(chat_files), other_files, query=query)
        lines = []
        used = 0
        current = None
        for tag in tags:
            if tag.rel_fname != current:
                lines.append(f"\n{tag.rel_fname}:")
                current = tag.rel_fname
            lines.append(f"│ {tag.name}")
            used = self.main_model.token_count("\n".join(lines))
            if used > self.max_map_tokens:
                lines.pop()
                break
        return "\n".join(lines).lstrip() + "\n" if lines else None


_QUERY_DIR = Path(__file__).parent / "queries"


def _load_query(lang: str) -> Optional[str]:
    path = _QUERY_DIR / f"tree-sitter-{lang}-tags.scm"
    return path.read_text() if path.exists() else None


def _captures(query, root):
    caps = query.captures(root)
    if isinstance(caps, dict):
        for tag, nodes in caps.items():
            for node in nodes:
                yield node, tag
    else:
        yield from caps
