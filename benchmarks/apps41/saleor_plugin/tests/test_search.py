from saleor_ai_content.services.search import CohereSearchBackend, ProductSearchService, cosine

from tests.fakes import FakeProduct


def test_cosine_zero_vector():
    assert cosine([0, 0], [1, 1]) == 0.0


def test_search_reranks(fake_cohere):
    backend = CohereSearchBackend(fake_cohere)
    products = [FakeProduct(pk=i, name=n) for i, n in enumerate(["red shirt", "blue socks", "red socks"])]
    vectors = backend.embed_documents([p.name for p in products])
    service = ProductSearchService(backend)
    found = service.search("red socks", list(zip(products, vectors)), limit=2)
    assert found[0].name == "red socks"
    assert fake_cohere.embed_calls[-1][1] == "search_query"
