import type { ServiceTable } from '../../../shared/api/contract.ts';
import type { ProjectInfo } from '../../../shared/api/views.ts';
import type { ServiceContext } from './serviceContext.ts';

type ProjectServices = Pick<ServiceTable, 'project.info' | 'project.setSettings'>;

export function projectServices(ctx: ServiceContext): ProjectServices {
  const { session } = ctx;
  const info = async (): Promise<ProjectInfo> => ({
    dir: session.layout.dir,
    name: session.project.data.name,
    schema: session.project.data.schema,
    settings: session.project.data.settings,
    documentCount: (await session.docIds()).length,
    offsetUnit: 'codepoint',
  });
  return {
    'project.info': info,
    'project.setSettings'({ requireSecondReviewer }) {
      return session.exclusive(async () => {
        session.project.data.settings = { ...session.project.data.settings, requireSecondReviewer };
        await session.project.write();
        return info();
      });
    },
  };
}
