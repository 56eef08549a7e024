import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { useAddContactNote } from '../../hooks/useContactNotes';

export function AddNoteForm({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [form] = Form.useForm<{ body: string }>();
  const { addNote, adding } = useAddContactNote(contactId);

  const handleFinish = async ({ body }: { body: string }) => {
    try {
      await addNote(body.trim());
      form.resetFields();
    } catch (error) {
      toast.error(describeError(error));
    }
  };

  return (
    <Form form={form} onFinish={handleFinish}>
      <Flex vertical gap={8}>
        <Form.Item
          name="body"
          rules={[{ required: true, whitespace: true, message: t('contact.notes.bodyRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            placeholder={t('contact.notes.placeholder')}
            data-testid="note-input"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={adding} style={{ alignSelf: 'flex-end' }} data-testid="add-note">
          {t('contact.notes.add')}
        </Button>
      </Flex>
    </Form>
  );
}
