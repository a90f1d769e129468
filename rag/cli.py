"""The ``rag`` command: build an index, ask a question, inspect an index."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rag.config import get_settings


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the CLI's one boundary: known failures become messages, not tracebacks
        from index.manifest import IndexUnavailable
        from index.readers import FormatError
        from rag.grounding import UngroundedAnswer

        if isinstance(error, IndexUnavailable | FormatError | ValueError | UngroundedAnswer | OSError):
            print(f"rag: error: {error}", file=sys.stderr)
            return 1
        raise


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rag", description="Evidence answers quoted from indexed abstracts."
    )
    commands = parser.add_subparsers(title="commands")

    index = commands.add_parser("index", help="build or inspect an index").add_subparsers(
        title="index commands"
    )
    build = index.add_parser("build", help="build an index from one or more corpora")
    build.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="BEIR folder or corpus.jsonl, SciFact corpus, source-record JSONL, PubMed XML(.gz)",
    )
    build.add_argument("--out", type=Path, default=None, help="index folder (default: RAG_INDEX_DIR)")
    build.add_argument(
        "--format",
        choices=["beir", "scifact", "records", "pubmed-xml"],
        help="force the input format for every PATH",
    )
    build.add_argument("--corpus", help="namespace for source ids (default: from the path); one PATH only")
    build.add_argument("--faiss-index", choices=["flat", "hnsw"], help="vector index type (default: flat)")
    build.add_argument("--quiet", action="store_true", help="no progress bars")
    build.set_defaults(run=_build)

    info = index.add_parser("info", help="print an index's manifest")
    info.add_argument("--index", type=Path, default=None)
    info.set_defaults(run=_info)

    ask = commands.add_parser("ask", help="answer a question from the index")
    ask.add_argument("question")
    ask.add_argument("--index", type=Path, default=None, help="index folder (default: RAG_INDEX_DIR)")
    ask.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    ask.add_argument("--max-takeaways", type=int, default=None)
    ask.set_defaults(run=_ask)
    evaluate = commands.add_parser("eval", help="benchmarks against baselines").add_subparsers(
        title="benchmarks"
    )
    retrieval = evaluate.add_parser("retrieval", help="document ranking: bm25, dense-doc and our pipeline")
    retrieval.add_argument("--index", type=Path, required=True)
    retrieval.add_argument("--queries", type=Path, required=True, help="BEIR queries.jsonl")
    retrieval.add_argument("--qrels", type=Path, required=True, help="qrels TSV (query-id, corpus-id, score)")
    retrieval.add_argument("--json", type=Path, default=None, help="write the report here (and a .md table)")
    retrieval.add_argument("--limit", type=int, default=None, help="first N judged queries only")
    retrieval.set_defaults(run=_eval_retrieval)

    rationale = evaluate.add_parser("rationale", help="SciFact sentence selection vs gold rationales")
    rationale.add_argument("--claims", type=Path, required=True, help="SciFact claims JSONL with evidence")
    verdict = evaluate.add_parser(
        "verdict", help="yes/no/maybe accuracy and macro-F1 on PubMedQA questions or SciFact claims"
    )
    verdict.add_argument(
        "--questions", type=Path, required=True, help="questions JSONL (_id, text), or SciFact claims"
    )
    verdict.add_argument(
        "--labels",
        type=Path,
        required=True,
        help='{id: "yes"} or {id: {"final_decision": ...}}, or SciFact claims JSONL (by their rationales)',
    )
    grounding = evaluate.add_parser("grounding", help="check every claim of every answer, two ways")
    grounding.add_argument("--questions", type=Path, required=True, help="questions JSONL (_id, text)")
    grounding.add_argument("--qrels", type=Path, default=None, help="for citation relevance (optional)")
    latency = evaluate.add_parser("latency", help="in-process ask latency beside bm25 alone")
    latency.add_argument("--queries", type=Path, required=True, help="queries JSONL (_id, text)")
    answers = evaluate.add_parser(
        "answers", help="snapshot the answers to a question list; diff with a previous one"
    )
    answers.add_argument(
        "--questions", type=Path, required=True, help="one question per line, or JSONL (_id, text)"
    )
    answers.add_argument(
        "--compare", type=Path, default=None, help="a previous --json report to diff against"
    )
    for sub, run in (
        (rationale, _eval_rationale),
        (verdict, _eval_verdict),
        (grounding, _eval_grounding),
        (latency, _eval_latency),
        (answers, _eval_answers),
    ):
        sub.add_argument("--index", type=Path, required=True)
        sub.add_argument("--json", type=Path, default=None, help="write the report here (and a .md table)")
        sub.add_argument("--limit", type=int, default=None, help="first N items only")
        sub.set_defaults(run=run)

    serve = commands.add_parser("serve", help="serve the HTTP API, answer page and widget")
    serve.add_argument("--index", type=Path, default=None, help="index folder (default: RAG_INDEX_DIR)")
    serve.add_argument("--host", default=None, help="bind address (default: RAG_HOST, 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default: RAG_PORT, 8000)")
    serve.set_defaults(run=_serve)
    return parser


def _eval_retrieval(args: argparse.Namespace) -> int:
    from eval.retrieval import main_retrieval

    return main_retrieval(args.index, args.queries, args.qrels, args.json, get_settings(), args.limit)


def _eval_rationale(args: argparse.Namespace) -> int:
    from eval.rationale import main_rationale

    return main_rationale(args.index, args.claims, args.json, get_settings(), args.limit)


def _eval_verdict(args: argparse.Namespace) -> int:
    from eval.verdict import main_verdict

    return main_verdict(args.index, args.questions, args.labels, args.json, get_settings(), args.limit)


def _eval_grounding(args: argparse.Namespace) -> int:
    from eval.grounding import main_grounding

    return main_grounding(args.index, args.questions, args.json, get_settings(), args.qrels, args.limit)


def _eval_latency(args: argparse.Namespace) -> int:
    from eval.latency import main_latency

    return main_latency(args.index, args.queries, args.json, get_settings(), args.limit)


def _eval_answers(args: argparse.Namespace) -> int:
    from eval.answers import main_answers

    return main_answers(args.index, args.questions, args.json, get_settings(), args.limit, args.compare)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from api.observability import configure_logging
    from index.manifest import Manifest

    settings = get_settings()
    index_dir = args.index or settings.index_dir
    Manifest.load(index_dir)  # fail fast, with the CLI's message, when there is no usable index
    configure_logging()
    app = create_app(settings, index_dir)
    uvicorn.run(
        app,
        host=args.host or settings.host,
        port=settings.port if args.port is None else args.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=5,
    )
    return 0


def _build(args: argparse.Namespace) -> int:
    from index.build import BuildInput, build_index

    settings = get_settings()
    if args.faiss_index:
        settings = settings.model_copy(update={"faiss_index": args.faiss_index})
    if args.corpus and len(args.paths) > 1:
        raise ValueError("--corpus names one corpus; pass one PATH with it")
    out = args.out or settings.index_dir
    inputs = [BuildInput(path=p, format=args.format, corpus=args.corpus) for p in args.paths]
    report = build_index(inputs, out, settings, progress=not args.quiet)
    for bad in report.bad_records:
        print(f"skipped {bad}", file=sys.stderr)
    m = report.manifest
    print(
        f"built {out}: {m.sources} sources, {m.sentences} sentences, {m.vectors} vectors "
        f"({len(report.duplicates)} duplicates, {len(report.bad_records)} bad records skipped) "
        f"in {m.build_seconds:.1f} s"
    )
    return 0


def _info(args: argparse.Namespace) -> int:
    from index.manifest import Manifest

    print(Manifest.load(args.index or get_settings().index_dir).model_dump_json(indent=2))
    return 0


def _ask(args: argparse.Namespace) -> int:
    from rag.pipeline import Pipeline
    from rag.render import to_markdown, to_text

    if args.max_takeaways is not None and not 1 <= args.max_takeaways <= 20:
        raise ValueError("--max-takeaways must be between 1 and 20")
    if not args.question.strip():
        raise ValueError("the question is empty")
    pipeline = Pipeline.open(get_settings(), args.index)
    answer = pipeline.ask(args.question, max_takeaways=args.max_takeaways)
    if args.format == "json":
        print(answer.model_dump_json(indent=2))
    else:
        print(to_markdown(answer) if args.format == "markdown" else to_text(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
