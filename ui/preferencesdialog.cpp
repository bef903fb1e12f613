// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace AuditLens {
namespace {

template<typename W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    m_time = named(new QComboBox(this), "prefTime", tr("Times shown in"));
    m_time->addItem(tr("Local time"), false);
    m_time->addItem(tr("UTC"), true);
    selectData(m_time, Settings::timeInUtc());
    m_pageSize = named(new QSpinBox(this), "prefPageSize", tr("Events per page"));
    m_pageSize->setRange(Settings::kMinPageSize, Settings::kMaxPageSize);
    m_pageSize->setSingleStep(25);
    m_pageSize->setValue(Settings::pageSize());
    m_theme = named(new QComboBox(this), "prefTheme", tr("Theme"));
    const QStringList themeTitles = {tr("System"), tr("Light"), tr("Dark")};
    for (int i = 0; i < themeTitles.size(); ++i)
        m_theme->addItem(themeTitles.at(i), Settings::themes().at(i));
    selectData(m_theme, Settings::theme());
    m_language = named(new QComboBox(this), "prefLanguage", tr("Language"));
    // Each language under its own name, so that one who cannot read the current one finds theirs.
    const QStringList languageTitles = {tr("System"), QStringLiteral("English"), QStringLiteral("Português (Brasil)"),
                                        QStringLiteral("Deutsch")};
    for (int i = 0; i < languageTitles.size(); ++i)
        m_language->addItem(languageTitles.at(i), Settings::languages().at(i));
    selectData(m_language, Settings::language());
    m_restartNote = named(new QLabel(tr("The language changes when AuditLens starts next."), this), "prefRestartNote",
                          tr("Restart note"));
    m_restartNote->setWordWrap(true);
    form->addRow(tr("&Times shown in:"), m_time);
    form->addRow(tr("Events per &page:"), m_pageSize);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Local &store folder:"), createStoreRow());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("prefButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    connect(m_store, &QLineEdit::textChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

QWidget *PreferencesDialog::createStoreRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_store = named(new QLineEdit(QDir::toNativeSeparators(Settings::storeFolder()), row), "prefStoreFolder",
                    tr("Local store folder"));
    m_store->setCursorPosition(0);
    m_store->setMinimumWidth(m_store->fontMetrics().horizontalAdvance(u'M') * 24);
    m_store->setToolTip(tr("Where the flags and reviews (flags.sqlite) are kept; never the audit database"));
    auto *browse = named(new QPushButton(tr("&Browse…"), row), "prefStoreBrowse", tr("Choose the local store folder"));
    layout->addWidget(m_store, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseStoreFolder);
    return row;
}

void PreferencesDialog::chooseStoreFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Local Store Folder"), m_store->text());
    if (!folder.isEmpty())
        m_store->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::updateRestartNote()
{
    const bool language = m_language->currentData().toString() != Settings::language();
    const bool store = QDir::cleanPath(QDir::fromNativeSeparators(m_store->text().trimmed()))
        != QDir::cleanPath(Settings::storeFolder());
    if (language && store)
        m_restartNote->setText(tr("The language and the local store folder change when AuditLens starts next."));
    else if (store)
        m_restartNote->setText(tr("The local store is copied to the new folder and used from the next start."));
    else
        m_restartNote->setText(tr("The language changes when AuditLens starts next."));
    m_restartNote->setVisible(language || store);
}

bool PreferencesDialog::save()
{
    const QString folder = QDir::fromNativeSeparators(m_store->text().trimmed());
    QString error;
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        error = tr("The local store folder must be a full path.");
    else
        Settings::moveStore(folder, &error); // sets error when the store cannot move
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), error, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("errorDialog"));
        box.exec();
        return false;
    }
    Settings::setValue(Settings::TimeInUtc, m_time->currentData());
    Settings::setValue(Settings::PageSize, m_pageSize->value());
    Settings::setValue(Settings::Theme, m_theme->currentData());
    Settings::setValue(Settings::Language, m_language->currentData());
    return true;
}

void PreferencesDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace AuditLens
