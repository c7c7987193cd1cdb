"""The window's look: one style sheet for the frame and its panes."""

STIL = """
QMainWindow { background: #f3f5f8; }
QToolBar#baand { background: #ffffff; border-bottom: 1px solid #d5dbe3; spacing: 2px; padding: 2px 6px; }
QToolBar#baand QToolButton { padding: 3px 4px; min-width: 64px; color: #1f2d3d; }
QToolBar#baand QToolButton:disabled { color: #9aa5b1; }
QToolBar#baand QToolButton:hover { background: #e6eef8; border-radius: 4px; }
QTreeWidget#kurvtre { background: #eef2f7; border: none; font-size: 10pt; }
QTreeWidget#kurvtre::item { padding: 3px 2px; }
QTreeWidget#kurvtre::item:selected { background: #cfe0f5; color: #0f2540; }
QTableView#kurvliste { border: none; selection-background-color: #cfe0f5; selection-color: #0f2540;
                       alternate-background-color: #f7f9fb; }
QHeaderView::section { background: #f3f5f8; border: none; border-bottom: 1px solid #d5dbe3;
                       border-right: 1px solid #e3e8ee; padding: 4px 6px; font-weight: 600; color: #3b4a5a; }
QLabel#listetittel { font-size: 12pt; font-weight: 600; color: #1f2d3d; }
QLabel#listeantall { color: #5f6b7a; padding-left: 8px; }
QLabel#skrivebordlinje { background: #c62828; color: white; font-weight: 600; padding: 4px 10px; }
QLabel#paavegne { color: #c62828; font-weight: 600; }
QLabel#statuspaaminnelse { color: #8a4b00; font-weight: 600; }
QWidget#lesefelt { background: #ffffff; }
QTabBar::tab { padding: 4px 9px; }
QLineEdit#globaltsok { padding: 4px 6px; border: 1px solid #c3ccd7; border-radius: 4px; background: #fff; }
QSplitter::handle { background: #d5dbe3; }
"""
