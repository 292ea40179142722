"""Entry point used by the kernelspec: ``python -m llm_kernel -f {connection_file}``."""
from ipykernel.kernelapp import IPKernelApp

from .kernel import LLMKernel


def main() -> None:
    IPKernelApp.launch_instance(kernel_class=LLMKernel)


if __name__ == "__main__":
    main()
