from kfp import compiler

from pipelines import PIPELINES
from pipelines.extraction import order_extraction_pipeline


def test_all_pipelines_compile(tmp_path):
    for name, fn in {**PIPELINES, "order-extraction": order_extraction_pipeline}.items():
        out = tmp_path / f"{name}.yaml"
        compiler.Compiler().compile(pipeline_func=fn, package_path=str(out))
        assert out.stat().st_size > 0
