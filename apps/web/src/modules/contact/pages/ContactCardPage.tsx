import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { ApiError } from '../../../ui/api-errors';
import { canReadAccounts } from '../../account';
import { useCurrentUser } from '../../auth';
import { canReadDeals, RelatedDealsTab } from '../../sales';
import { ContactCardHeader } from '../components/card/ContactCardHeader';
import { ContactDetailsView } from '../components/card/ContactDetailsView';
import { useContact } from '../hooks/useContact';
import { CONTACTS_PATH } from '../paths';

// The edit form and the other tabs are fetched when first opened, so the card itself shows fast.
const ContactEditor = lazy(() =>
  import('../components/card/ContactEditor').then((module) => ({ default: module.ContactEditor })),
);
const ContactTimeline = lazy(() =>
  import('../components/card/ContactTimeline').then((module) => ({ default: module.ContactTimeline })),
);
const ContactNotes = lazy(() =>
  import('../components/card/ContactNotes').then((module) => ({ default: module.ContactNotes })),
);
const ContactAttachments = lazy(() =>
  import('../components/card/ContactAttachments').then((module) => ({ default: module.ContactAttachments })),
);
const ContactAccounts = lazy(() =>
  import('../components/card/ContactAccountsTab').then((module) => ({ default: module.ContactAccounts })),
);

function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function ContactCard({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { contact, loading, error, reload } = useContact(contactId);
  const [editing, setEditing] = useState(false);

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!contact) return <ErrorState error={new ApiError('NOT_FOUND', '')} />;

  const details = editing ? (
    <Deferred>
      <ContactEditor contact={contact} onReload={() => void reload()} onDone={() => setEditing(false)} />
    </Deferred>
  ) : (
    <ContactDetailsView contact={contact} />
  );

  return (
    <Flex vertical gap={16}>
      <ContactCardHeader contact={contact} editing={editing} onEdit={() => setEditing(true)} />
      <Card>
        <Tabs
          items={[
            { key: 'details', label: <span data-testid="tab-details">{t('contact.card.details')}</span>, children: details },
            ...(canReadAccounts(user)
              ? [
                  {
                    key: 'accounts',
                    label: <span data-testid="tab-accounts">{t('contact.card.accounts')}</span>,
                    children: (
                      <Deferred>
                        <ContactAccounts contactId={contact.id} />
                      </Deferred>
                    ),
                  },
                ]
              : []),
            ...(canReadDeals(user)
              ? [
                  {
                    key: 'deals',
                    label: <span data-testid="tab-deals">{t('sales.related.tab')}</span>,
                    children: (
                      <Deferred>
                        <RelatedDealsTab owner="contact" id={contact.id} />
                      </Deferred>
                    ),
                  },
                ]
              : []),
            {
              key: 'timeline',
              label: <span data-testid="tab-timeline">{t('contact.card.timeline')}</span>,
              children: (
                <Deferred>
                  <ContactTimeline contactId={contact.id} />
                </Deferred>
              ),
            },
            {
              key: 'notes',
              label: <span data-testid="tab-notes">{t('contact.card.notes')}</span>,
              children: (
                <Deferred>
                  <ContactNotes contactId={contact.id} />
                </Deferred>
              ),
            },
            {
              key: 'attachments',
              label: <span data-testid="tab-attachments">{t('contact.card.attachments')}</span>,
              children: (
                <Deferred>
                  <ContactAttachments contactId={contact.id} />
                </Deferred>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

export default function ContactCardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  // Back to the list as it was left (filters are in its URL); opened from a link, go to the list.
  const goBack = () => void (location.key === 'default' ? navigate(CONTACTS_PATH) : navigate(-1));
  return (
    <Flex vertical gap={8}>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={goBack}
        style={{ alignSelf: 'flex-start', paddingInline: 0 }}
        data-testid="back-to-contacts"
      >
        {t('contact.card.back')}
      </Button>
      {/* Keyed so that moving to another contact starts with fresh tabs and no edit state. */}
      <ContactCard key={id} contactId={id} />
    </Flex>
  );
}
