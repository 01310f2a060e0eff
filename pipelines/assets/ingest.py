"""Ingest stage: the input folder into `raw.documents` and `raw.ingest_issues`."""

from datetime import UTC, datetime

import dagster as dg

from pipelines.ingest.scan import scan_folder
from pipelines.ingest.store import sync_raw
from pipelines.progress import Progress
from pipelines.resources import InputFolderResource, WarehouseResource

DOCUMENTS = dg.AssetKey(["raw", "documents"])
INGEST_ISSUES = dg.AssetKey(["raw", "ingest_issues"])


@dg.multi_asset(
    specs=[
        dg.AssetSpec(DOCUMENTS, description="Every version of every input file, append-only."),
        dg.AssetSpec(INGEST_ISSUES, description="Input files that are not articles, and why."),
    ],
    group_name="ingest",
    pool="duckdb",
)
def raw_documents(
    context: dg.AssetExecutionContext,
    input_folder: InputFolderResource,
    warehouse: WarehouseResource,
):
    sources, issues = scan_folder(input_folder.root, input_folder.max_file_bytes)
    now = datetime.now(UTC).replace(tzinfo=None)
    with warehouse.connect() as con:
        with Progress("ingest", total=len(sources)) as bar:
            stats = sync_raw(con, sources, issues, now, progress=bar.advance)
        doc_count, version_count = con.execute(
            "select count(distinct article_id), count(*) from raw.documents"
        ).fetchall()[0]
        preview = con.execute(
            """
            select source_name, version, format, left(body_text, 80) as start_of_body
            from raw.documents order by ingested_at desc, source_name limit 5
            """
        ).fetchall()
        issue_rows = con.execute(
            "select source_name, issue, detail from raw.ingest_issues order by source_name limit 10"
        ).fetchall()
    context.log.info(f"ingest: {stats.as_metadata()}")
    yield dg.MaterializeResult(
        asset_key=DOCUMENTS,
        metadata={
            **stats.as_metadata(),
            "articles": doc_count,
            "dagster/row_count": version_count,
            "preview": dg.MetadataValue.md(
                _markdown(["source", "version", "format", "body"], preview)
            ),
        },
    )
    yield dg.MaterializeResult(
        asset_key=INGEST_ISSUES,
        metadata={
            "dagster/row_count": len(issues) + stats.failed,
            "preview": dg.MetadataValue.md(_markdown(["source", "issue", "detail"], issue_rows)),
        },
    )


def _markdown(header: list[str], rows: list[tuple]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [str(v).replace("|", "\\|").replace("\n", " ") for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
