// One code-server (VS Code 1.139 in the browser) per suite, fully isolated: its own config, profile, extensions
// and XDG folders under .tools/e2e-run/<name>/, bound to 127.0.0.1 only, stopped with its whole process group.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER, freePort, freshDir, Group, NODE24_BIN, run, RUN_DIR, waitFor } from './tools';

/** User settings that keep the workbench quiet and deterministic: no welcome page, trust prompt, git, AI or updates. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'editor.fontSize': 15,
  'editor.wordWrap': 'on', // whole paragraphs on screen: Persian lines are long
  'editor.minimap.enabled': false,
  'window.zoomLevel': 0,
};

export interface CodeServerOptions {
  /** Names the scratch folder and the log. */
  name: string;
  /** The .vsix to install before starting (the packaged extension under test). */
  vsix: string;
  /** Extra process environment (code-server passes it on to the extension host). */
  env?: Record<string, string>;
}

export class CodeServer {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly group: Group,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get logFile(): string {
    return path.join(this.dir, 'code-server.log');
  }

  /** The workbench URL opening `folder`, optionally running extension tests (needs enable-smoke-test-driver). */
  workbenchUrl(folder: string, tests?: { extensionDevelopmentPath: string; extensionTestsPath: string }): string {
    const params = new URLSearchParams({ folder });
    if (tests) {
      const remote = (p: string) => `vscode-remote://127.0.0.1:${this.port}${p}`;
      params.set('payload', JSON.stringify([
        ['extensionDevelopmentPath', remote(tests.extensionDevelopmentPath)],
        ['extensionTestsPath', remote(tests.extensionTestsPath)],
      ]));
    }
    return `${this.url}/?${params}`;
  }

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const dir = freshDir(path.join(RUN_DIR, options.name));
    const userData = path.join(dir, 'user-data');
    const extensions = path.join(dir, 'extensions');
    const config = path.join(dir, 'config.yaml');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.mkdirSync(extensions, { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    fs.writeFileSync(config, 'auth: none\ncert: false\n');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      // code-server requires Node 24; it also writes to XDG folders on any call, so give it its own.
      PATH: `${NODE24_BIN}:${process.env.PATH}`,
      XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
      XDG_DATA_HOME: path.join(dir, 'xdg-data'),
      XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
    };
    delete env.VSCODE_IPC_HOOK_CLI; // never talk to a VS Code that may be running this script
    const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

    // Installing the packaged .vsix proves that the package is complete and installs offline.
    await run(CODE_SERVER, [...common, '--install-extension', options.vsix, '--force'], { env });

    const port = await freePort();
    const group = new Group(CODE_SERVER, [
      ...common,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--vscode-option', 'enable-smoke-test-driver',
    ], { env, logFile: path.join(dir, 'code-server.log') });
    const server = new CodeServer(dir, port, group);
    try {
      await waitFor('code-server /healthz', async () => {
        if (!group.running) throw new Error(`code-server exited; see ${server.logFile}`);
        const res = await fetch(`${server.url}/healthz`).catch(() => undefined);
        return res?.ok ? true : undefined;
      }, 60_000, 200);
    } catch (e) {
      await group.stop();
      throw e;
    }
    return server;
  }

  async stop(): Promise<void> {
    await this.group.stop();
  }
}

/** Copies the seed article and the fixture articles into a fresh workspace folder. */
export function makeWorkspace(dir: string, files: Record<string, string>): string {
  freshDir(dir);
  for (const [name, source] of Object.entries(files)) fs.copyFileSync(source, path.join(dir, name));
  return dir;
}
