package org.osprey.sys.internal;

import java.lang.module.ResolvedModule;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osprey.sys.LoadedModule;
import org.osprey.sys.Sys;

/** {@code sys.modules} off OSGi: the named modules of the boot layer and of the layer holding {@code sys}. */
final class LoadedModules {
    private LoadedModules() {
    }

    static Map<String, LoadedModule> ofLayers() {
        Set<ModuleLayer> layers = new LinkedHashSet<>();
        layers.add(ModuleLayer.boot());
        ModuleLayer own = Sys.class.getModule().getLayer();
        if (own != null) {
            layers.add(own);
        }
        Map<String, LoadedModule> modules = new TreeMap<>();
        for (ModuleLayer layer : layers) {
            for (ResolvedModule m : layer.configuration().modules()) {
                modules.put(m.name(), new LoadedModule(m.name(),
                        m.reference().descriptor().rawVersion().orElse(""),
                        m.reference().location().map(Object::toString).orElse("")));
            }
        }
        return modules;
    }
}
