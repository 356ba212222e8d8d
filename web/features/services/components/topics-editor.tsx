import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Topic } from '../../../../common/api/services';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { formatInteger } from '../../../components/format/format-number';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateTopic, useDeleteTopic, useTopicsForEditing, useUpdateTopic } from '../hooks/use-services-admin';
import { invalidInput } from './edit-service-values';
import { buildTopicTree, flattenTopicTree, subtreeIds, type TopicNode } from './topics-tree';
import './edit-service.css';

type TopicValues = { name: string; code: string; description: string; parentId: string; sortOrder: string };

const valuesOf = (t: Topic): TopicValues => ({ name: t.name, code: t.code ?? '', description: t.description, parentId: t.parentId ?? '', sortOrder: String(t.sortOrder) });

function toTopicBody(v: TopicValues) {
  const problems: { field: string; message: string }[] = [];
  if (!v.name.trim()) problems.push({ field: 'name', message: 'Bitte einen Namen angeben.' });
  const sortOrder = v.sortOrder.trim() === '' ? 0 : Number(v.sortOrder.trim());
  if (!Number.isInteger(sortOrder) || sortOrder < 0 || sortOrder > 10_000) problems.push({ field: 'sortOrder', message: 'Eine ganze Zahl von 0 bis 10.000.' });
  return {
    body: { name: v.name.trim(), code: v.code.trim() || null, description: v.description.trim(), parentId: v.parentId || null, sortOrder },
    problems,
  };
}

type TopicFormProps = {
  idPrefix: string;
  initial: TopicValues;
  /** Topics that may become the parent (for an existing topic: not itself, not below itself). */
  parents: TopicNode[];
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSubmit: (body: ReturnType<typeof toTopicBody>['body']) => void;
  onCancel?: () => void;
  onEdit: () => void;
  label: string;
};

function TopicForm({ idPrefix, initial, parents, submitLabel, busy, serverError, onSubmit, onCancel, onEdit, label }: TopicFormProps) {
  const [values, setValues] = useState(initial);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const error = clientError ?? serverError;
  const errors = fieldErrorsOf(error);
  const set = (key: keyof TopicValues) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: event.target.value }));
    setClientError(null);
    onEdit();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const { body, problems } = toTopicBody(values);
    if (problems.length) {
      setClientError(invalidInput(problems));
      return;
    }
    onSubmit(body);
  };
  const listed = error && Object.keys(errors).every((f) => ['name', 'code', 'description', 'parentId', 'sortOrder'].includes(f)) && Object.keys(errors).length > 0;
  return (
    <form className="app-form" noValidate onSubmit={submit} aria-label={label}>
      {error && !listed ? <ErrorAlert error={error} title="Nicht gespeichert" /> : null}
      <TextField id={`${idPrefix}-name`} label="Name" autoComplete="off" value={values.name} onChange={set('name')} error={errors.name} />
      <SelectField
        id={`${idPrefix}-parent`}
        label="Oberthema"
        optional
        options={[{ value: '', label: 'keines (oberste Ebene)' }, ...parents.map((n) => ({ value: n.topic.id, label: `${'– '.repeat(n.depth)}${n.topic.name}` }))]}
        value={values.parentId}
        onChange={set('parentId')}
        error={errors.parentId}
      />
      <div className="app-field-row">
        <TextField
          id={`${idPrefix}-sort-order`}
          label="Reihenfolge"
          optional
          hint="Kleinere Zahlen zuerst."
          inputMode="numeric"
          autoComplete="off"
          value={values.sortOrder}
          onChange={set('sortOrder')}
          error={errors.sortOrder}
        />
        <TextField
          id={`${idPrefix}-code`}
          label="Kürzel"
          optional
          hint="Für den Austausch, z. B. sport"
          autoComplete="off"
          spellCheck={false}
          value={values.code}
          onChange={set('code')}
          error={errors.code}
        />
      </div>
      <TextAreaField id={`${idPrefix}-description`} label="Beschreibung" optional rows={2} value={values.description} onChange={set('description')} error={errors.description} />
      <ButtonRow>
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="tertiary" onClick={onCancel}>
            Abbrechen
          </Button>
        ) : null}
      </ButtonRow>
    </form>
  );
}

function TopicItem({ node, all, onDone }: { node: TopicNode; all: TopicNode[]; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const update = useUpdateTopic(node.topic.id);
  const remove = useDeleteTopic(node.topic.id);
  const itemRef = useRef<HTMLDivElement>(null);
  const t = node.topic;
  const below = new Set(subtreeIds(node));
  useEffect(() => {
    if (mode !== 'view') itemRef.current?.focus();
  }, [mode]);
  const back = () => {
    update.reset();
    remove.reset();
    setMode('view');
  };
  return (
    <li className="app-topic-item">
      <div className="app-topic-item__row">
        <div>
          <span className="app-topic-item__name">{t.name}</span>{' '}
          <span className="kern-body kern-body--small app-muted">
            {t.code ? `Kürzel ${t.code} · ` : ''}
            {t.serviceCount === 1 ? '1 aktives Angebot' : `${formatInteger(t.serviceCount)} aktive Angebote`} · Reihenfolge {t.sortOrder}
          </span>
        </div>
        {mode === 'view' ? (
          <span className="app-row-actions">
            <Button variant="tertiary" onClick={() => setMode('edit')} aria-label={`Bearbeiten: ${t.name}`}>
              Bearbeiten
            </Button>
            <Button variant="tertiary" onClick={() => setMode('delete')} aria-label={`Löschen: ${t.name}`}>
              Löschen
            </Button>
          </span>
        ) : null}
      </div>
      {mode === 'edit' ? (
        <div className="app-topic-item__panel app-focus-target" ref={itemRef} tabIndex={-1}>
          <TopicForm
            idPrefix={`topic-${t.id}`}
            label={`Thema „${t.name}“ bearbeiten`}
            initial={valuesOf(t)}
            parents={all.filter((n) => !below.has(n.topic.id))}
            submitLabel="Speichern"
            busy={update.isPending}
            serverError={update.error}
            onEdit={() => update.reset()}
            onSubmit={(body) =>
              update.mutate(body, {
                onSuccess: (saved) => {
                  setMode('view');
                  onDone(`Thema „${saved.name}“ gespeichert.`);
                },
              })
            }
            onCancel={back}
          />
        </div>
      ) : null}
      {mode === 'delete' ? (
        <div className="app-topic-item__panel app-section app-focus-target" ref={itemRef} tabIndex={-1} role="group" aria-label={`Thema „${t.name}“ löschen`}>
          <p className="kern-body">
            Thema „{t.name}“ löschen? Das geht nur, solange ihm kein Angebot zugeordnet ist und es keine Unterthemen hat.
          </p>
          {remove.error ? <ErrorAlert error={remove.error} title="Nicht gelöscht" /> : null}
          <ButtonRow>
            <Button busy={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => onDone(`Thema „${t.name}“ gelöscht.`) })}>
              Endgültig löschen
            </Button>
            <Button variant="tertiary" onClick={back}>
              Abbrechen
            </Button>
          </ButtonRow>
        </div>
      ) : null}
      {node.children.length ? (
        <ul className="app-topic-list">
          {node.children.map((child) => (
            <TopicItem key={child.topic.id} node={child} all={all} onDone={onDone} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The office's topics as a tree: add, rename, move under another topic, reorder, delete unused ones. */
export function TopicsEditor() {
  const topics = useTopicsForEditing();
  const create = useCreateTopic();
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const done = (text: string) => {
    setMessage(text);
    // The item that had focus may be gone (deleted, moved): the message takes it.
    window.setTimeout(() => statusRef.current?.focus(), 0);
  };
  if (topics.isPending) return <LoadingIndicator label="Themen werden geladen …" />;
  if (topics.isError) return <ErrorAlert error={topics.error} />;
  const tree = buildTopicTree(topics.data);
  const flat = flattenTopicTree(tree);
  return (
    <div className="app-stack">
      <p className="kern-body app-focus-target" role="status" tabIndex={-1} ref={statusRef}>
        {message ?? ''}
      </p>
      <section className="app-section" aria-labelledby="topics-list-heading">
        <h2 className="kern-heading-medium" id="topics-list-heading">
          Alle Themen ({formatInteger(topics.data.length)})
        </h2>
        {tree.length ? (
          <ul className="app-topic-list app-topic-list--root">
            {tree.map((node) => (
              <TopicItem key={node.topic.id} node={node} all={flat} onDone={done} />
            ))}
          </ul>
        ) : (
          <Alert tone="info" title="Noch keine Themen" />
        )}
      </section>
      <section className="app-section app-narrow" aria-labelledby="topics-new-heading">
        <h2 className="kern-heading-medium" id="topics-new-heading">
          Neues Thema
        </h2>
        <TopicForm
          key={formKey}
          idPrefix="topic-new"
          label="Neues Thema"
          initial={{ name: '', code: '', description: '', parentId: '', sortOrder: '' }}
          parents={flat}
          submitLabel="Thema anlegen"
          busy={create.isPending}
          serverError={create.error}
          onEdit={() => create.reset()}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: (created) => {
                setFormKey((k) => k + 1);
                setMessage(`Thema „${created.name}“ angelegt.`);
              },
            })
          }
        />
      </section>
    </div>
  );
}
