#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace circle {

/**
 * Writing prompts for the journal, grouped by the topics process groups work
 * on (relationships, boundaries, grief and loss, ...).
 *
 * The prompts are fixed text that ships with the app, so they live here and
 * go through tr() like any other string; a journal entry stores the prompt's
 * id and topic key, never the prompt text, so a change of language or wording
 * does not touch what the patient wrote.
 */
class JournalPromptModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum Role {
        PromptIdRole = Qt::UserRole + 1,
        TopicRole, // stable key, e.g. "boundaries"
        TopicLabelRole, // the key as a reader sees it, translated
        TextRole,
    };
    Q_ENUM(Role)

    explicit JournalPromptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The prompt's text in the current language; empty for an unknown id. */
    Q_INVOKABLE static QString promptText(const QString &promptId);
    /** The topic key of a prompt; empty for an unknown id. */
    Q_INVOKABLE static QString topicOf(const QString &promptId);
    /** A topic key ("grief") as a heading ("Grief and loss"), translated. */
    Q_INVOKABLE static QString topicLabel(const QString &topic);
    /** Every topic key, in the order the prompts list them. */
    static QStringList topics();
};

} // namespace circle
