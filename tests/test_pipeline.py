import pytest

from khabar.config import Config
from khabar.document import Article
from khabar.pipeline import Pipeline, PipelineError, register_stage


@register_stage("test_upper", requires=("text",), assigns=("title",))
def _make_upper(config):
    def run(a: Article) -> Article:
        if "boom" in a.raw:
            raise RuntimeError("exploded")
        a.title = a.text.upper()
        return a
    return run


@register_stage("test_needs_story", requires=("story_signature",), assigns=())
def _make_needs(config):
    return lambda a: a


def test_requires_are_checked_when_assembled():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline(("test_needs_story",), Config())
    with pytest.raises(PipelineError, match="requires"):
        Pipeline(("test_upper",), Config())  # text is assigned by clean, not by ingest
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline(("nope",), Config())


def test_errors_are_collected_and_the_batch_goes_on():
    p = Pipeline(("clean", "test_upper"), Config())
    arts = [Article(id=str(i), raw=f"line {i} of a text" + (" boom" if i == 2 else "")) for i in range(5)]
    results = list(p.run(arts, workers=1))
    assert [r[0].id if r[0] else None for r in results] == ["0", "1", None, "3", "4"]
    err = results[2][1]
    assert err.article_id == "2" and err.stage == "test_upper" and "exploded" in err.message


def test_process_pool_keeps_order_and_matches_serial():
    p = Pipeline(("clean", "langid", "normalize"), Config())
    texts = ["قال الرئيس إن الحكومة ستعمل على حل الأزمة", "وزیر اعظم نے کہا کہ حکومت کام کرے گی", "The minister said talks would go on"] * 12
    arts = [Article(id=str(i), raw=t) for i, t in enumerate(texts)]
    serial = [a.lang for a, _ in p.run([Article(id=x.id, raw=x.raw) for x in arts], workers=1)]
    pooled = list(p.run(arts, workers=2, chunksize=4))
    assert [a.id for a, _ in pooled] == [str(i) for i in range(len(texts))]
    assert [a.lang for a, _ in pooled] == serial == ["ar", "ur", "en"] * 12
    assert pooled[0][0].key is not None


def _mark(a: Article) -> Article:
    import os

    a.meta["finished_in"] = os.getpid()
    return a


def test_finish_runs_in_the_workers_after_every_stage():
    import os

    p = Pipeline(("clean", "langid", "normalize"), Config())
    arts = [Article(id=str(i), raw=f"The minister said talks would go on, day {i}") for i in range(8)]
    serial = list(p.run([Article(id=a.id, raw=a.raw) for a in arts], workers=1, finish=_mark))
    assert all(a.meta["finished_in"] == os.getpid() for a, _ in serial)
    pooled = list(p.run(arts, workers=2, chunksize=2, finish=_mark))
    assert [a.id for a, _ in pooled] == [a.id for a in arts]
    assert all(a.key is not None and a.meta["finished_in"] != os.getpid() for a, _ in pooled)
