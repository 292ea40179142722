from tests.fakes import FakePage, FakeVoyage
from wikiai.embeddings import DuplicateDetector


def test_candidates_above_threshold():
    vo = FakeVoyage({'a b': [1.0, 0.0], 'a c': [0.99, 0.05],
                     'zzz': [0.0, 1.0]})
    det = DuplicateDetector(vo, threshold=0.95)
    det.add_pages([FakePage('A', 'a b'), FakePage('B', 'a c'),
                   FakePage('Z', 'zzz')])
    cands = det.candidates()
    assert [(c.title, c.other) for c in cands] == [('A', 'B')]
