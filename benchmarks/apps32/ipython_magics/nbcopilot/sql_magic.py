"""%%nl2sql: turn a question into SQL against a DataFrame or a DB schema.

Uses the provider registry; optionally runs the SQL with duckdb.
"""
from __future__ import annotations

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring

from . import display as ui
from .providers import get_provider

SQL_SYSTEM = (
    "You translate questions into a single DuckDB SQL query. "
    "Return only the SQL, no explanation, no code fences."
)


def schema_for(user_ns: dict, names: list[str]) -> str:
    parts = []
    for name in names:
        df = user_ns[name]
        cols = ", ".join(f"{c} {t}" for c, t in df.dtypes.astype(str).items())
        parts.append(f"TABLE {name} ({cols})")
    return "\n".join(parts)


@magics_class
class SQLMagics(Magics):
    @magic_arguments()
    @argument("tables", nargs="+", help="DataFrame variables to expose as tables")
    @argument("--run", action="store_true", help="execute the query with duckdb")
    @argument("-o", "--out", default="sql_result")
    @argument("-p", "--provider", default=None)
    @cell_magic
    def nl2sql(self, line, cell):
        args = parse_argstring(self.nl2sql, line)
        backend = get_provider(args.provider)
        prompt = f"{schema_for(self.shell.user_ns, args.tables)}\n\nQuestion: {cell.strip()}"
        sql = backend.complete([{"role": "user", "content": prompt}], system=SQL_SYSTEM).text
        sql = sql.strip().strip("`").removeprefix("sql").strip()
        ui.show_code(sql)
        if args.run:
            import duckdb

            con = duckdb.connect()
            for name in args.tables:
                con.register(name, self.shell.user_ns[name])
            result = con.execute(sql).df()
            self.shell.user_ns[args.out] = result
            return result
        self.shell.user_ns["_sql"] = sql
