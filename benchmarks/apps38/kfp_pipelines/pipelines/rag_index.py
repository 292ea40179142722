from kfp import dsl

from components.container_components import build_vector_index, chunk_documents
from components.lightweight import voyage_embed
from components.package_components import embed_chunks

DIMS = {"voyage": 1024, "cohere": 1024, "openai": 1024, "gemini": 768}


@dsl.pipeline(name="rag-index", description="Chunk, embed and index the help-centre corpus.")
def rag_index_pipeline(docs_uri: str, index_uri: str, backend: str = "gemini", voyage_api_key: str = ""):
    docs = dsl.importer(artifact_uri=docs_uri, artifact_class=dsl.Dataset, reimport=False)
    chunks = chunk_documents(docs=docs.output, chunk_size=800, overlap=120)

    with dsl.If(backend == "voyage-lightweight", name="voyage-lightweight"):
        vecs = voyage_embed(chunks=chunks.outputs["chunks"], api_key=voyage_api_key)
        build_vector_index(vectors=vecs.outputs["vectors"], index_uri=index_uri, dimensions=1024)

    with dsl.Else(name="package-embedder"):
        vecs2 = embed_chunks(chunks=chunks.outputs["chunks"], backend=backend)
        vecs2.set_accelerator_type("NVIDIA_TESLA_T4").set_accelerator_limit(0)
        build_vector_index(vectors=vecs2.outputs["vectors"], index_uri=index_uri, dimensions=768)
