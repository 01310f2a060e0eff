"""Extract stage: sentences, actors and events from the latest documents into `raw.*`."""

from datetime import UTC, datetime

import dagster as dg

from pipelines.assets.ingest import DOCUMENTS
from pipelines.extract.document import EXTRACTOR_VERSION
from pipelines.extract_runner import extract_pending, worker_count
from pipelines.progress import Progress
from pipelines.raw_schema import EXTRACTION_TABLES
from pipelines.resources import WarehouseResource

EXTRACTIONS = dg.AssetKey(["raw", "extractions"])
EXTRACTION_KEYS = [dg.AssetKey(["raw", t]) for t in EXTRACTION_TABLES]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            EXTRACTIONS,
            deps=[DOCUMENTS],
            description="Which version each article's rows come from.",
        ),
        *[
            dg.AssetSpec(
                key, deps=[DOCUMENTS], description=f"Extracted {key.path[-1]}, per article."
            )
            for key in EXTRACTION_KEYS
        ],
    ],
    group_name="extract",
    pool="duckdb",
    code_version=EXTRACTOR_VERSION,
)
def raw_extractions(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    now = datetime.now(UTC).replace(tzinfo=None)
    workers = worker_count()
    with warehouse.connect() as con, Progress("extract", total=0) as bar:

        def set_total(n: int) -> None:
            bar.total = n

        stats = extract_pending(con, now, workers, progress=bar.advance, on_total=set_total)
        counts = {
            t: con.execute(f"select count(*) from raw.{t}").fetchall()[0][0]  # noqa: S608
            for t in ("extractions", *EXTRACTION_TABLES)
        }
    summary = {
        "extracted": stats.extracted,
        "failed": stats.failed,
        "unchanged": stats.unchanged,
        "removed": stats.removed,
        "workers": workers,
        "articles_per_second": round(bar.rate(), 1),
    }
    context.log.info(f"extract: {summary}")
    yield dg.MaterializeResult(
        asset_key=EXTRACTIONS,
        metadata={
            **summary,
            "extractor_version": EXTRACTOR_VERSION,
            "dagster/row_count": counts["extractions"],
        },
    )
    for key in EXTRACTION_KEYS:
        table = key.path[-1]
        yield dg.MaterializeResult(
            asset_key=key,
            metadata={
                "dagster/row_count": counts[table],
                "rows_written_this_run": (stats.rows or {}).get(table, 0),
            },
        )
