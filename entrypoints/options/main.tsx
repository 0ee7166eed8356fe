import { mountOptions } from '../../components/options/mount-options';
import { topics } from '../../data/topics';

void mountOptions(document.getElementById('root')!, { topics, isFirefox: import.meta.env.FIREFOX });
