// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncategory.h"

#include <QTest>

using namespace AuditLens;

class TestActionCategory : public QObject
{
    Q_OBJECT
private slots:
    void categorize_data();
    void categorize();
    void logins_data();
    void logins();
    void normalizeStatus_data();
    void normalizeStatus();
};

void TestActionCategory::categorize_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("category");
    // RULES.md's own examples first.
    QTest::newRow("PRODUCT_CREATE") << "PRODUCT_CREATE" << "create";
    QTest::newRow("camera_deleted") << "camera_deleted" << "delete";
    QTest::newRow("settings_changed") << "settings_changed" << "update";
    QTest::newRow("STOCK_IN") << "STOCK_IN" << "other";
    QTest::newRow("JOB_START") << "JOB_START" << "other";
    QTest::newRow("ADJUSTMENT") << "ADJUSTMENT" << "other";
    // Auth: whole actions and words; the auth line wins over update's "change".
    QTest::newRow("LOGIN") << "LOGIN" << "auth";
    QTest::newRow("logout") << "logout" << "auth";
    QTest::newRow("LOGIN_FAILED") << "LOGIN_FAILED" << "auth";
    QTest::newRow("failed_login") << "failed_login" << "auth";
    QTest::newRow("PASSWORD_CHANGE") << "PASSWORD_CHANGE" << "auth";
    QTest::newRow("password_reset") << "password_reset" << "auth";
    QTest::newRow("user.signin") << "user.signin" << "auth";
    QTest::newRow("SignOut") << "SignOut" << "auth";
    QTest::newRow("password_changed is update") << "password_changed" << "update";
    QTest::newRow("user login:ok") << "user login:ok" << "auth";
    // Delete, create, update and their one-letter codes.
    QTest::newRow("DELETE") << "DELETE" << "delete";
    QTest::newRow("item-removed") << "item-removed" << "delete";
    QTest::newRow("destroy") << "destroy" << "delete";
    QTest::newRow("D") << "D" << "delete";
    QTest::newRow("d lower") << "d" << "delete";
    QTest::newRow("CREATE") << "CREATE" << "create";
    QTest::newRow("api_key_created") << "api_key_created" << "create";
    QTest::newRow("row inserted") << "row inserted" << "create";
    QTest::newRow("ADD_ITEM") << "ADD_ITEM" << "create";
    QTest::newRow("I") << "I" << "create";
    QTest::newRow("C") << "C" << "create";
    QTest::newRow("UPDATE") << "UPDATE" << "update";
    QTest::newRow("config_updated") << "config_updated" << "update";
    QTest::newRow("record.modified") << "record.modified" << "update";
    QTest::newRow("EDIT") << "EDIT" << "update";
    QTest::newRow("U") << "U" << "update";
    // Delete comes before create: a word of each picks delete.
    QTest::newRow("add_or_remove") << "add_or_remove" << "delete";
    // Sync and read.
    QTest::newRow("SYNC_PUSH") << "SYNC_PUSH" << "sync";
    QTest::newRow("sync") << "sync" << "sync";
    QTest::newRow("data.push") << "data.push" << "sync";
    QTest::newRow("media_exported") << "media_exported" << "read";
    QTest::newRow("bulk_export_completed") << "bulk_export_completed" << "read";
    QTest::newRow("VIEW") << "VIEW" << "read";
    QTest::newRow("file download") << "file download" << "read";
    QTest::newRow("ACCESS") << "ACCESS" << "read";
    // Other.
    QTest::newRow("rate_limit_exceeded") << "rate_limit_exceeded" << "other";
    QTest::newRow("event_reviewed") << "event_reviewed" << "other";
    QTest::newRow("empty") << "" << "other";
    QTest::newRow("UPDATES is not update") << "UPDATES" << "other";
    QTest::newRow("deleter is not delete") << "deleter" << "other";
    QTest::newRow("X") << "X" << "other";
}

void TestActionCategory::categorize()
{
    QFETCH(QString, action);
    QFETCH(QString, category);
    QCOMPARE(Actions::categoryName(Actions::categorize(action)), category);
}

void TestActionCategory::logins_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<bool>("successful");
    QTest::newRow("LOGIN_FAILED success status") << "LOGIN_FAILED" << "success" << true << false;
    QTest::newRow("failed_login") << "failed_login" << "" << true << false;
    QTest::newRow("login failure") << "LOGIN" << "failure" << true << false;
    QTest::newRow("user.signin failure") << "user.signin" << "failed" << true << false;
    QTest::newRow("login success") << "LOGIN" << "success" << false << true;
    QTest::newRow("login unknown counts as success") << "login" << "" << false << true;
    QTest::newRow("login error") << "LOGIN" << "error" << false << false;
    QTest::newRow("logout") << "LOGOUT" << "success" << false << false;
    QTest::newRow("password change failure") << "PASSWORD_CHANGE" << "failure" << false << false;
    QTest::newRow("update failure") << "UPDATE" << "failure" << false << false;
}

void TestActionCategory::logins()
{
    QFETCH(QString, action);
    QFETCH(QString, status);
    QFETCH(bool, failed);
    QFETCH(bool, successful);
    const Category c = Actions::categorize(action);
    const Status s = Actions::normalizeStatus(status);
    QCOMPARE(Actions::isFailedLogin(action, c, s), failed);
    QCOMPARE(Actions::isSuccessfulLogin(action, c, s), successful);
}

void TestActionCategory::normalizeStatus_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("status");
    QTest::newRow("success") << "success" << "success";
    QTest::newRow("SUCCESS") << "SUCCESS" << "success";
    QTest::newRow("ok") << " ok " << "success";
    QTest::newRow("failure") << "failure" << "failure";
    QTest::newRow("failed") << "failed" << "failure";
    QTest::newRow("denied") << "denied" << "failure";
    QTest::newRow("error") << "error" << "error";
    QTest::newRow("empty") << "" << "unknown";
    QTest::newRow("pending") << "pending" << "unknown";
}

void TestActionCategory::normalizeStatus()
{
    QFETCH(QString, raw);
    QFETCH(QString, status);
    QCOMPARE(Actions::statusName(Actions::normalizeStatus(raw)), status);
}

QTEST_GUILESS_MAIN(TestActionCategory)
#include "tst_actioncategory.moc"
