"""Dependencies shared by the routers."""

import sqlite3
from typing import Annotated

from fastapi import Depends, Request

from app.config import Settings
from app.corpus import Corpus


def get_corpus(request: Request) -> Corpus:
    corpus: Corpus = request.app.state.corpus
    return corpus


def get_conn(request: Request) -> sqlite3.Connection:
    return get_corpus(request).db.conn()


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


CorpusDep = Annotated[Corpus, Depends(get_corpus)]
ConnDep = Annotated[sqlite3.Connection, Depends(get_conn)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
