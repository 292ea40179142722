"""voyageai 0.5 README and docs: methods on the client itself."""
import asyncio

import voyageai

vo = voyageai.Client()
result = vo.embed(["Hello, world!"], model="voyage-4", input_type="document")  # bills: voyage
ranked = vo.rerank("query", ["doc one", "doc two"], model="rerank-2.5", top_k=1)  # bills: voyage
ctx = vo.contextualized_embed(inputs=[["chunk a", "chunk b"]], model="voyage-context-3")  # bills: voyage
multi = vo.multimodal_embed(inputs=[["a caption"]], model="voyage-multimodal-3")  # bills: voyage


async def main() -> None:
    avo = voyageai.AsyncClient()
    vectors = await avo.embed(["Hello"], model="voyage-4")  # bills: voyage
    print(vectors.embeddings[0])


asyncio.run(main())
