// Every CLI command, in the order --help lists them. A command is one file in this folder.
import type { Command } from '../types';
import { sampleCommand } from './sample';
import { checkCommand } from './check';
import { narrativeCommand } from './narrative';
import { exportCommand } from './export';
import { importCommand } from './import';
import { packageCommand } from './package';
import { templatesCommand } from './templates';

export const COMMANDS: Command[] = [
  sampleCommand,
  checkCommand,
  narrativeCommand,
  exportCommand,
  importCommand,
  packageCommand,
  templatesCommand,
];
