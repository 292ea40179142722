"""Entry point: ``python -m toolkit`` or the ``mltk`` console script."""
import fire

from toolkit.cli import Toolkit


def main():
    fire.Fire(Toolkit)


if __name__ == "__main__":
    main()
