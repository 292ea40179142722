"""SQL generation / repair commands."""
from __future__ import annotations

import argparse

import cmd2
from cmd2 import CommandSet, with_argparser, with_default_category

from querysh import prompts
from querysh.backends import get_gemini_client
from querysh.formatting import extract_sql


@with_default_category("SQL")
class SqlCommands(CommandSet):
    gensql_parser = cmd2.Cmd2ArgumentParser(description="Generate SQL from a question")
    gensql_parser.add_argument("--run", action="store_true", help="execute the generated SQL")
    gensql_parser.add_argument("--with", dest="provider", choices=["openai", "gemini"], default="openai")
    gensql_parser.add_argument("question", nargs="+")

    @with_argparser(gensql_parser)
    def do_gensql(self, args: argparse.Namespace) -> None:
        app = self._cmd
        schema = app.db.schema_ddl()
        if not schema:
            app.perror("no tables loaded")
            return
        question = " ".join(args.question)
        if args.provider == "gemini":
            response = get_gemini_client().models.generate_content(
                model=app.settings.gemini_model,
                contents=prompts.SQL_SYSTEM + "\n\n" + prompts.sql_prompt(schema, question),
            )
            sql = extract_sql(response.text or "")
        else:
            client = app.openai
            completion = client.chat.completions.create(
                model=app.settings.openai_model,
                messages=[
                    {"role": "system", "content": prompts.SQL_SYSTEM},
                    {"role": "user", "content": prompts.sql_prompt(schema, question)},
                ],
                temperature=0,
            )
            sql = extract_sql(completion.choices[0].message.content or "")
        app.session.add("llm", sql, prompt=question)
        app.poutput(sql)
        if args.run:
            app.onecmd_plus_hooks(f"query {sql}")

    fixsql_parser = cmd2.Cmd2ArgumentParser(description="Ask Claude to repair the last failing SQL")

    @with_argparser(fixsql_parser)
    def do_fixsql(self, args: argparse.Namespace) -> None:
        app = self._cmd
        sql = app.session.last_sql()
        if not sql or not isinstance(app.last_result, Exception):
            app.poutput("last query did not fail")
            return
        msg = app.anthropic.messages.create(
            model=app.settings.anthropic_model,
            max_tokens=800,
            system=prompts.FIX_SQL_SYSTEM,
            messages=[{"role": "user", "content": prompts.fix_prompt(app.db.schema_ddl(), sql, str(app.last_result))}],
        )
        fixed = extract_sql(msg.content[0].text)
        app.poutput(fixed)
        if app.read_input("run it? [y/N] ").strip().lower() == "y":
            app.onecmd_plus_hooks(f"query {fixed}")

    plan_parser = cmd2.Cmd2ArgumentParser(description="EXPLAIN a query and have the current backend read the plan")
    plan_parser.add_argument("sql", nargs=argparse.REMAINDER)

    @with_argparser(plan_parser)
    def do_plan(self, args: argparse.Namespace) -> None:
        app = self._cmd
        sql = " ".join(args.sql) or app.session.last_sql()
        if not sql:
            app.perror("no SQL given")
            return
        rows = app.db.conn.execute(f"EXPLAIN {sql}").fetchall()
        plan = "\n".join(str(r[1]) for r in rows)
        app.poutput(plan)
        reading = app.llm.complete(
            f"Here is a DuckDB query plan. Point out the expensive steps and suggest one fix.\n\n{plan}",
            max_tokens=400,
        )
        app.poutput(reading.text)

    def do_schema(self, _: cmd2.Statement) -> None:
        """Print the schema DDL that the SQL prompts see."""
        self._cmd.poutput(self._cmd.db.schema_ddl() or "(no tables)")
