from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from strawberry.dataloader import DataLoader

from kb_api.db import ArticleRepository, ArticleRow, UserRepository, UserRow

if TYPE_CHECKING:
    from kb_api.services.search_service import EmbeddingService


def make_article_loader(repo: ArticleRepository) -> DataLoader[str, ArticleRow | None]:
    async def load(ids: list[str]) -> Sequence[ArticleRow | None]:
        rows = {r.id: r for r in await repo.get_many(ids)}
        return [rows.get(i) for i in ids]

    return DataLoader(load_fn=load)


def make_user_loader(repo: UserRepository) -> DataLoader[str, UserRow | None]:
    async def load(ids: list[str]) -> Sequence[UserRow | None]:
        rows = {r.id: r for r in await repo.get_many(ids)}
        return [rows.get(i) for i in ids]

    return DataLoader(load_fn=load)


def make_embedding_loader(embeddings: "EmbeddingService") -> DataLoader[str, list[float]]:
    """Batches the 'similar articles' field: one embeddings request per GraphQL operation."""

    async def load(texts: list[str]) -> list[list[float]]:
        return await embeddings.embed_many(texts)

    return DataLoader(load_fn=load, max_batch_size=64)


class SummaryLoader(DataLoader[str, str]):
    """Short blurbs for article cards, generated on demand for articles without a stored summary.

    Written before the summarizer service existed; talks to the OpenAI client directly.
    """

    def __init__(self, client, model: str = "gpt-4o-mini") -> None:
        self._client = client
        self._model = model
        super().__init__(load_fn=self._load)

    async def _load(self, bodies: list[str]) -> list[str]:
        numbered = "\n\n".join(f"### {i}\n{b[:1500]}" for i, b in enumerate(bodies))
        resp = await self._client.chat.completions.create(
            model=self._model,
            messages=[
                {
                    "role": "system",
                    "content": "For each numbered article write a one-sentence blurb. Reply as '### n' followed by the blurb.",
                },
                {"role": "user", "content": numbered},
            ],
        )
        text = resp.choices[0].message.content or ""
        blurbs = {}
        for block in text.split("### ")[1:]:
            head, _, rest = block.partition("\n")
            if head.strip().isdigit():
                blurbs[int(head.strip())] = rest.strip()
        return [blurbs.get(i, "") for i in range(len(bodies))]
