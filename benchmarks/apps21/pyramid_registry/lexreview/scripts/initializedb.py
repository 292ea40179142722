import argparse
import sys

from pyramid.paster import bootstrap, setup_logging
from sqlalchemy.exc import OperationalError

from lexreview.models import Base, Matter, get_engine


def parse_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("config_uri", help="Configuration file, e.g., development.ini")
    parser.add_argument("--demo", action="store_true", help="create a demo matter")
    return parser.parse_args(argv[1:])


def main(argv=sys.argv):
    args = parse_args(argv)
    setup_logging(args.config_uri)
    env = bootstrap(args.config_uri)
    try:
        engine = get_engine(env["registry"].settings)
        Base.metadata.create_all(engine)
        if args.demo:
            with env["request"].tm:
                Matter.create(env["request"].dbsession, number="DEMO-0001", name="Demo v. Example")
    except OperationalError:
        print("Could not connect to the database; is Postgres running?")
        return 1
    finally:
        env["closer"]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
